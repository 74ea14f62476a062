using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Careers;
using Steward.Core.Careers;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Notices;
using Steward.Hosting;

namespace Steward.Pages.Sites.Careers;

/// <summary>The application form of one open posting (P2.2): the catalogue's job-application
/// collection point, a short notice where the data is asked, a separate unticked box per consent
/// purpose, and an optional résumé. A form with any problem stores nothing; the same form sent twice
/// is one application.</summary>
[RequestSizeLimit(CareersLimits.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = CareersLimits.MaxRequestBytes)]
[EnableRateLimiting(CareersServices.ApplyRateLimit)]
public sealed class ApplyModel(LoadedCatalogue catalogue, CollectionPointForm form, JobPostings postings, NoticePublisher notices,
    ApplicationIntake intake, ApplicationConfirmation confirmation, TimeProvider time) : PageModel
{
    public Site Site { get; private set; } = null!;
    public JobPosting Posting { get; private set; } = null!;
    public CollectionPointForm Form => form;
    public string NoticeVersion { get; private set; } = "";
    public string SubmissionKey { get; private set; } = "";
    public FormSubmission Submission { get; private set; } = new();
    public IReadOnlyList<FormError> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string site, Guid posting, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(site, posting, cancellationToken)) return NotFound();
        SubmissionKey = NewKey();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string site, Guid posting, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(site, posting, cancellationToken)) return NotFound();
        var posted = await Request.ReadFormAsync(cancellationToken);
        Submission = await FormReader.ReadAsync(posted, form, cancellationToken);
        var key = posted["submission"].ToString();
        SubmissionKey = IsKey(key) ? key : NewKey();

        // "Add another" shows one more block of a group, keeps what was typed, and checks nothing yet.
        if (posted["add"].ToString() is { Length: > 0 } group && form.Point.Fields.Any(f => f.Id == group && f.Type == FieldType.Group))
        {
            Submission.GroupCounts[group] = Math.Min(Submission.GroupCounts.GetValueOrDefault(group) + 1, CollectionPointForm.MaxEntries);
            return Page();
        }

        var outcome = form.Validate(Submission, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var errors = outcome.Errors.ToList();
        if (!IsKey(key)) errors.Insert(0, new FormError("submission", FormProblem.FormExpired));
        if (posted["notice"].ToString() != NoticeVersion) errors.Insert(0, new FormError("notice", FormProblem.NoticeChanged));
        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }

        var language = Localization.Current;
        var (application, created) = await intake.SubmitAsync(Posting, outcome, key, NoticeVersion, language, cancellationToken);
        if (created) await confirmation.SendAsync(application, Posting, cancellationToken);
        return Redirect($"/sites/{Site.Id}/careers/{Posting.Id}/received?reference={ApplicationConfirmation.Reference(application)}&lang={language}");
    }

    public FormError? ErrorOf(string key) => Errors.FirstOrDefault(e => e.Key == key);

    /// <summary>How many blocks of a group to show: what was shown before, at least one.</summary>
    public int BlocksOf(FormField group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Math.Max(1, Submission.GroupCounts.GetValueOrDefault(group.Id));
    }

    private async Task<bool> LoadAsync(string site, Guid posting, CancellationToken cancellationToken)
    {
        if (CareersSite.Find(catalogue, form, site) is not { } found) return false;
        if (await postings.FindAsync(posting, cancellationToken) is not { Open: true } open || open.SiteId != found.Id) return false;
        if (notices.CurrentVersionOf(found.Id) is not { } version) return false;
        (Site, Posting, NoticeVersion) = (found, open, version);
        return true;
    }

    private static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static bool IsKey(string key) => key.Length == 32 && key.All(char.IsAsciiHexDigitLower);
}
