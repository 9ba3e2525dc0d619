using SmartRoom.Modules.Identity.Views;

namespace SmartRoom.Modules.Identity.Features.UpdateProfile;

/// <summary>
/// The owner corrects their profile (the email changes through <c>/manage/info</c>, with confirmation); answers
/// the account as <c>GET /api/me</c> shows it.
/// </summary>
[RequiresUser]
internal sealed record UpdateProfile(string DisplayName, string? ZipCode) : ICommand<Result<Me>>;

/// <summary>The JSON body of the request, as the client sends it.</summary>
internal sealed record UpdateProfileBody(string DisplayName, string? ZipCode);
