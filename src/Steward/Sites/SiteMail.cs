using Steward.Core.Email;
using Steward.Email;

namespace Steward.Sites;

/// <summary>The emails the site forms send, in the language the person used.</summary>
public sealed class SiteMail(EmailComposer composer, IEmailSender sender, PublicLinks links)
{
    public Task ConfirmEmailAsync(string to, string token, string language, string siteId, CancellationToken ct) =>
        SendAsync(to, language, t => t.ConfirmSubject, t => t.ConfirmBody(Link($"/account/confirm?token={token}&site={siteId}", language)), ct);

    public Task AlreadyRegisteredAsync(string to, string language, string siteId, CancellationToken ct) =>
        SendAsync(to, language, t => t.TakenSubject, t => t.TakenBody(Link($"/account/sign-in?site={siteId}", language)), ct);

    public Task GuardianAsync(string to, string token, int days, string language, string siteId, CancellationToken ct) =>
        SendAsync(to, language, t => t.GuardianSubject, t => t.GuardianBody(Link($"/account/guardian?token={token}&site={siteId}", language), days), ct);

    public Task SignedUpAsync(string to, string language, string siteId, CancellationToken ct) =>
        SendAsync(to, language, t => t.SignUpSubject, t => t.SignUpBody(Link($"/notice/{siteId}", language)), ct);

    private string Link(string path, string language) => links.To(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + language).ToString();

    private Task SendAsync(string to, string language, Func<SiteText, string> subject, Func<SiteText, string> body, CancellationToken ct)
    {
        var text = SiteText.In(language);
        return sender.SendAsync(composer.Compose(to, subject(text), body(text), null, language), ct);
    }
}
