using Microsoft.AspNetCore.Authorization;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// The account owes no admin-required two-factor set-up. Read from the account's current state, not from a
/// claim: a token or cookie issued before an admin required 2FA is confined at once, and a cookie whose
/// principal is rebuilt (security-stamp revalidation) cannot shed the rule.
/// </summary>
internal sealed class TwoFactorSetupRequirement : IAuthorizationRequirement;
