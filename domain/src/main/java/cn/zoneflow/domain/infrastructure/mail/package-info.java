/** E-mail through the SMTP server the operator configures. */
package cn.zoneflow.domain.infrastructure.mail;
