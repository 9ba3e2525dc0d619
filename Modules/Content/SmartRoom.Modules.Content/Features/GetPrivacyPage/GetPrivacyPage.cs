using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Content.Features.GetPrivacyPage;

/// <summary>The privacy policy page: the version in force, asked of the Privacy module.</summary>
internal sealed record GetPrivacyPage : IQuery<Result<PrivacyPageView>>;

/// <summary>The policy in force, or null when none is published yet (the page says so).</summary>
internal sealed record PrivacyPageView(PublishedPolicyText? Policy);
