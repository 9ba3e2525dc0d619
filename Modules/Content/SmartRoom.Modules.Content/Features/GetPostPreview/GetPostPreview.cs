using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetPostPreview;

/// <summary>Marketing: a post exactly as the public would get it from <c>GET /api/content/posts/{slug}</c>, in any status.</summary>
internal sealed record GetPostPreview(Guid PostId) : IQuery<Result<PublicPostView>>;
