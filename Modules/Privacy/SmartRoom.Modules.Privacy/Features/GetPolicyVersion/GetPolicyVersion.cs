using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetPolicyVersion;

/// <summary>One published version by its number.</summary>
internal sealed record GetPolicyVersion(int Number) : IQuery<Result<PolicyVersionView>>;
