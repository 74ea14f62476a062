using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Steward.Core.Catalogue;
using Steward.Core.Catalogue.Model;
using Steward.Core.Collection;
using Steward.Core.Notices;
using Steward.Hosting;

namespace Steward.Sites;

/// <summary>The shape every collection-point page shares: GET shows the empty form for the site's
/// current notice; POST reads it, checks it, and shows it again with the errors (422, nothing stored)
/// or hands the valid form to <see cref="OnValidAsync"/>.</summary>
public abstract class CollectionPageModel(LoadedCatalogue catalogue, CollectionService collection, NoticePublisher notices) : PageModel
{
    protected abstract string PointId { get; }

    public Site Site { get; private set; } = null!;
    public CollectionPoint Point { get; private set; } = null!;
    public CollectionFormView Form { get; protected set; } = null!;
    public string Language => Localization.Current;
    public SiteText Text => SiteText.Current;
    protected LoadedCatalogue Catalogue => catalogue;
    protected CollectionService Collection => collection;

    public IActionResult OnGet(string site)
    {
        if (!Resolve(site)) return NotFound();
        Form = CollectionForms.View(catalogue, collection, Point, Site, Language, notices.CurrentVersionOf(Site.Id)!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string site, CancellationToken ct)
    {
        if (!Resolve(site)) return NotFound();
        // The version the form showed, when it is one of this site's; else the current one.
        var posted = Request.Form[CollectionForms.NoticeField].ToString();
        var version = posted.Length is > 0 and <= 16 && await notices.FindAsync(Site.Id, posted, ct) is not null ? posted : notices.CurrentVersionOf(Site.Id)!;
        var submission = CollectionForms.Read(Request.Form, Point.Id, Site.Id, Language, version);
        var form = collection.Validate(submission);
        var extra = Check(submission, form);
        var errors = form.Errors.Concat(extra).ToList();
        if (errors.Count > 0) return Invalid(submission, errors);
        return await OnValidAsync(submission, form, ct);
    }

    /// <summary>Checks beyond the catalogue's (a page's own fields); nothing is stored when any is returned.</summary>
    protected virtual IEnumerable<FieldError> Check(FormSubmission submission, ValidatedForm form) => [];

    protected abstract Task<IActionResult> OnValidAsync(FormSubmission submission, ValidatedForm form, CancellationToken ct);

    protected IActionResult Invalid(FormSubmission submission, IReadOnlyList<FieldError> errors)
    {
        Form = CollectionForms.View(catalogue, collection, Point, Site, Language, submission.NoticeVersion, submission, errors);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private bool Resolve(string site)
    {
        if (collection.Find(site, PointId) is not { } point) return false;
        Site = catalogue.FindSite(site)!;
        Point = point;
        ViewData["Site"] = Site;
        return true;
    }
}
