using Steward.Core.Careers;

namespace Steward.Careers;

public static class CareersLimits
{
    /// <summary>The whole application post: a 10 MB résumé with room for the form around it, so an
    /// oversized file gets a message beside the field rather than a refused request.</summary>
    public const long MaxRequestBytes = ResumeInspector.MaxBytes + (2 * 1024 * 1024);
}
