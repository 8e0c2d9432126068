package org.claimgraph;

/**
 * The one exception type claimgraph raises for problems a user can act on. Every instance says
 * what went wrong, why, and how to fix it, so that the CLI can print it without a stack trace. The
 * texts often quote an input or output path, so the user information of any URI in them is blanked
 * here, once, rather than at each of the many places that build a message.
 */
public final class ClaimgraphException extends RuntimeException {
  private final String problem;
  private final String cause;
  private final String fix;

  private ClaimgraphException(String problem, String cause, String fix, Throwable source) {
    super(Secrets.redactUris(problem + " — " + cause + " Fix: " + fix), source);
    this.problem = Secrets.redactUris(problem);
    this.cause = Secrets.redactUris(cause);
    this.fix = Secrets.redactUris(fix);
  }

  public static ClaimgraphException of(String problem, String cause, String fix) {
    return new ClaimgraphException(problem, cause, fix, null);
  }

  public static ClaimgraphException of(String problem, String cause, String fix, Throwable source) {
    return new ClaimgraphException(problem, cause, fix, source);
  }

  public String problem() {
    return problem;
  }

  public String why() {
    return cause;
  }

  public String fix() {
    return fix;
  }

  /** Three lines a user reads: what, why, what to do. */
  public String userMessage() {
    return "error: " + problem + "\n  why: " + cause + "\n  fix: " + fix;
  }
}
