using System.Net.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Catalogue;
using Steward.Core.Requests;
using Steward.Core.Vault;
using Steward.Pages.Privacy;
using Steward.Requests;
using Steward.Staff;

namespace Steward.Pages.Console;

/// <summary>Staff enter a request that came by email or post to the contact address (P6.1, P11.1). The
/// person is found by their email on file; a question from a new address makes a visitor with only
/// that address. Staff carry the case out from its page once identity is settled (P6.2).</summary>
[Authorize(Policy = RequestServices.StaffPolicy)]
public sealed class NewRequestModel(VaultReader reader, VaultWriter writer, RequestCases cases, RequestReplies replies, LoadedCatalogue catalogue) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Channel { get; set; }
    [BindProperty] public string? Purpose { get; set; }
    [BindProperty] public string? Field { get; set; }
    [BindProperty] public string? NewValue { get; set; }
    [BindProperty] public string? Details { get; set; }
    [BindProperty] public string? Region { get; set; }
    [BindProperty] public string? Language { get; set; }
    public Dictionary<string, string> Errors { get; } = [];

    public static readonly RequestChannel[] Channels = [RequestChannel.Email, RequestChannel.Post];

    public void OnGet() => Region ??= RequestForm.DefaultRegion(catalogue);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var text = RequestConsoleText.Current;
        var email = Email?.Trim() ?? "";
        if (email.Length is 0 or > 254 || !MailAddress.TryCreate(email, out _)) Errors["email"] = text.EmailInvalid;
        var kind = RequestForm.ParseKind(Kind, Enum.GetValues<RequestKind>());
        if (kind is null) Errors["kind"] = text.ChoiceInvalid;
        if (!Enum.TryParse<RequestChannel>(Channel, true, out var channel) || !Channels.Contains(channel)) Errors["channel"] = text.ChoiceInvalid;
        var purpose = RequestForm.Purposes(catalogue).FirstOrDefault(p => p.Id == Purpose)?.Id;
        if (kind?.NeedsPurpose() == true && purpose is null) Errors["purpose"] = text.ChoiceInvalid;
        var (category, _) = RequestFulfilment.ParseField(Field?.Trim() ?? "");
        if (kind == RequestKind.Correction && (!catalogue.Policy.Categories.Any(c => c.Id == category && c.Personal) || string.IsNullOrWhiteSpace(NewValue))) Errors["field"] = text.ChoiceInvalid;
        if (!catalogue.Policy.Regions.Any(r => r.Id == Region)) Errors["region"] = text.ChoiceInvalid;
        var language = Language == "zh-CN" ? "zh-CN" : "en";
        if (Errors.Count > 0) return Page();

        var actor = StaffAudit.Actor(User);
        var found = await reader.FindByEmailAsync(email, cancellationToken);
        Guid subject;
        if (found.Count > 0) subject = found[^1];
        else if (kind == RequestKind.Contact) subject = await writer.CreateSubjectAsync("visitor", [new VaultValue("contact.email", email)], actor, cancellationToken);
        else
        {
            Errors["email"] = text.NotOnFile;
            return Page();
        }
        var details = Details?.Trim();
        var opened = await cases.OpenAsync(new NewCase(kind!.Value, channel, subject, Region!, language)
        {
            Purpose = kind.Value.NeedsPurpose() ? purpose : null,
            Field = kind == RequestKind.Correction ? Field!.Trim() : null,
            NewValue = kind == RequestKind.Correction ? NewValue!.Trim() : null,
            Details = string.IsNullOrEmpty(details) ? null : details[..Math.Min(details.Length, 4000)],
        }, actor, cancellationToken);
        await replies.SendAsync(opened, RequestReplies.Received, ct: cancellationToken);
        return Redirect(ConsoleLinks.To("/console/requests/" + opened.Reference));
    }
}
