using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetMyConsents;

/// <summary>Every purpose and where the signed-in person stands with it (state, version given, when, current version).</summary>
[RequiresUser]
internal sealed record GetMyConsents : IQuery<Result<MyConsentsView>>;
