using MimeKit;
using SmartRoom.BuildingBlocks.Configuration;

namespace SmartRoom.Modules.Notifications.Email;

/// <summary>The embedded default: one <c>.eml</c> file per message in <c>mail/</c> under the data directory.</summary>
internal sealed class PickupFolderTransport(SmartRoomOptions platform) : IEmailTransport
{
    public string Folder { get; } = Path.Combine(platform.ResolveDataDirectory(), "mail");

    public async Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Sanitize(message.MessageId ?? Guid.NewGuid().ToString("N"))}.eml";
        var temp = Path.Combine(Folder, name + ".tmp");
        await message.WriteToAsync(temp, cancellationToken);
        File.Move(temp, Path.Combine(Folder, name), overwrite: true);
        return message.MessageId ?? name;
    }

    private static string Sanitize(string id) =>
        string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_'));
}
