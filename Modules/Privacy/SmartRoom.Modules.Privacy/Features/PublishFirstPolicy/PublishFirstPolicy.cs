namespace SmartRoom.Modules.Privacy.Features.PublishFirstPolicy;

/// <summary>
/// At first start: when no version exists, version 1 (shipped with the product, embedded in this assembly) is
/// published, not material, effective at once. Idempotent; several instances starting together publish it once.
/// </summary>
internal sealed record PublishFirstPolicy : ICommand<Result<Done>>;
