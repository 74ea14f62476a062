using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Steward.Core.Catalogue;
using Steward.Core.Collection;
using Steward.Core.Notices;
using Steward.Sites;

namespace Steward.Pages.Sites;

/// <summary>Interest sign-up (P2.3): name, telephone, email and the fields of interest.</summary>
[EnableRateLimiting(SiteServices.IntakeRateLimit)]
public sealed class SignUpModel(LoadedCatalogue catalogue, CollectionService collection, NoticePublisher notices, SiteMail mail)
    : CollectionPageModel(catalogue, collection, notices)
{
    protected override string PointId => "interest_signup";

    public bool Done { get; private set; }

    protected override async Task<IActionResult> OnValidAsync(FormSubmission submission, ValidatedForm form, CancellationToken ct)
    {
        var result = await Collection.CollectAsync(submission, form, ct: ct);
        if (!result.Repeated) await mail.SignedUpAsync(form.Clean["email"], Language, Site.Id, ct);
        Done = true;
        return Page();
    }
}
