package io.eventmart.edge.security;

/** What an account may do. Customers register themselves; admins grant the other roles. */
public enum Role {
  CUSTOMER,
  ADMIN,
  ANALYST,
  AUDITOR;

  /** The Spring Security authority of the role. */
  public String authority() {
    return "ROLE_" + name();
  }
}
