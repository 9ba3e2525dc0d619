namespace SmartRoom.Modules.Identity.Domain;

internal enum SignInOutcome
{
    Succeeded,
    WrongPassword,
    UnknownAccount,
    LockedOut,
    NotAllowed,
    TwoFactorRequired,
    TwoFactorFailed,
}
