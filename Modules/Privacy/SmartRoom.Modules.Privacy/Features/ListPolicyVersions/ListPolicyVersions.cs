using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.ListPolicyVersions;

/// <summary>Every version, drafts included, newest first (drafts, then published versions by number).</summary>
internal sealed record ListPolicyVersions : IQuery<Result<IReadOnlyList<AdminPolicyVersionView>>>;
