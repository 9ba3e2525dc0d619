namespace SmartRoom.Modules.Content.Features.DeletePost;

/// <summary>Marketing deletes a post that was never published (a draft, or a scheduled one whose time has not come); else 409.</summary>
internal sealed record DeletePost(Guid PostId) : ICommand<Result<Done>>;
