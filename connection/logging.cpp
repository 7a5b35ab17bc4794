#include "connection/logging.h"

Q_LOGGING_CATEGORY(lcSql, "usher.sql", QtInfoMsg)
