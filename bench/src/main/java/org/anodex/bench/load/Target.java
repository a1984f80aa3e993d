package org.anodex.bench.load;

/**
 * What the load generator calls: one request, the {@code i}-th query of the set, answered in full.
 */
public interface Target {

  /** A caller of the target for one connection (thread); throws when the answer is an error. */
  Caller caller();

  interface Caller {
    void call(int i) throws Exception;
  }
}
