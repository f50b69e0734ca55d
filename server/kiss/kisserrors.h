#pragma once

#include "auth/sessionauthority.h"
#include "kissoutcome.h"
#include "stack/stackerror.h"

namespace aistack {

// The one place where core failures become KISS wire errors.
namespace KissErrors {

KissOutcome fromStack(const StackError &error);
KissOutcome fromAuth(const AuthResult &result);
KissOutcome fromLogin(const LoginResult &result);
// The bearer-header checks that come before any token is looked at.
KissOutcome missingHeader();
KissOutcome badTokenFormat();

} // namespace KissErrors
} // namespace aistack
