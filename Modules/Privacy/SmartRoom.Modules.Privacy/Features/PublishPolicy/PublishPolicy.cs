using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.PublishPolicy;

/// <summary>
/// Publishes a draft (<see cref="PolicyPublication"/>): next number, generated data-map section, sanitised HTML,
/// fingerprint, diff; and tells the other modules (<c>PolicyPublished</c>) in the same commit.
/// </summary>
[RequiresUser]
internal sealed record PublishPolicy(Guid Id) : ICommand<Result<AdminPolicyVersionView>>;
