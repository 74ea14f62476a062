using MimeKit;

namespace Steward.Core.Email;

/// <summary>The embedded default's delivery: each message becomes an .eml file in a folder (open it
/// with any mail program), so Steward runs without a mail server.</summary>
public sealed class FolderEmailSender(string folder, TimeProvider clock) : IEmailSender
{
    public string Folder { get; } = folder;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml";
        var temporary = Path.Combine(Folder, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken).ConfigureAwait(false);
        // Renamed when complete, so a reader of the folder never sees half a message.
        File.Move(temporary, Path.Combine(Folder, name));
    }
}
