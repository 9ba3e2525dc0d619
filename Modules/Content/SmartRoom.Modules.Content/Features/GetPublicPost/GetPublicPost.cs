using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetPublicPost;

/// <summary>
/// The public post at <paramref name="Slug"/>; an old slug of a public post moves to its current one; anything else
/// (unknown, draft, scheduled, unpublished) is the same 404 <c>post-not-found</c>.
/// </summary>
internal sealed record GetPublicPost(string Slug) : IQuery<Result<PublicPostAnswer>>;

/// <summary>The post with its entity tag, or where it moved (<paramref name="MovedTo"/>, its current slug).</summary>
internal sealed record PublicPostAnswer(PublicPostView? Post, string? ETag, string? MovedTo);
