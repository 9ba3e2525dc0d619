using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Features.RecordConsentDecision;

/// <summary>
/// A decision given in another module's form (e.g. a testimonial's consent), recorded on the ledger exactly as the
/// person's own <c>GiveConsents</c> does: a new record answering the purpose's current version (refused as
/// <c>consent-text-changed</c> when the person was shown another), and <c>ConsentChanged</c> when the state changed.
/// </summary>
internal sealed record RecordConsentDecision(
    Guid UserId, string Purpose, int Version, bool Granted, string Method, string? IpAddress, string? UserAgent)
    : ICommand<Result<ConsentRecordedAnswer>>;
