package cn.zoneflow.domain.model.user;

/** Turns a password into the salted, slow hash an account stores; implemented where the security API lives. */
public interface PasswordHashing {

    String hash(char[] password);
}
