namespace SmartRoom.Modules.Messaging.Features.RecordProfile;

/// <summary>An account's new email address or name, carried into every membership Messaging keeps for it.</summary>
internal sealed record RecordProfile(Guid UserId, string Email, string DisplayName) : ICommand<Result<Done>>;
