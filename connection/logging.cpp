#include "connection/logging.h"

Q_LOGGING_CATEGORY(lcSql, "usher.sql", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMail, "usher.mail", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScim, "usher.scim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcLdap, "usher.ldap", QtInfoMsg)
