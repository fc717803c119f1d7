package cn.zoneflow.domain.model.user;

/**
 * Turns a password into the salted, slow hash an account stores, and checks one against it; implemented where the
 * security API lives.
 */
public interface PasswordHashing {

    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
