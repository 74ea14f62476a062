using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Careers;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Notices;
using Steward.Core.Storage;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Careers;

/// <summary>What the careers tests do on a running Steward: make a posting as a recruiter would own
/// it, fill the form with a valid application, and read back what was stored.</summary>
internal static class CareersHarness
{
    public const string Site = "careers";

    public static async Task<JobPosting> CreatePostingAsync(StewardServer server, string ownerId = "recruiter-1", string site = Site)
    {
        using var scope = server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<JobPostings>().CreateAsync(ownerId, site,
            new PostingText("Embedded software engineer", "嵌入式软件工程师", "Write AUTOSAR software for vehicle controllers.", "为整车控制器开发 AUTOSAR 软件。"), open: true);
    }

    public static string FormPath(JobPosting posting) => $"/sites/{posting.SiteId}/careers/{posting.Id}";

    /// <summary>Every field of a complete, valid application, as the form names them.</summary>
    public static Dictionary<string, string?> ValidFields(string email = "li.lei@example.com") => new()
    {
        ["name"] = "Li Lei",
        ["gender"] = "male",
        ["birth_date"] = "1994-03-18",
        ["nationality"] = "CN",
        ["address"] = "No. 14 Jiuxianqiao Road, Chaoyang District, Beijing",
        ["marital_status"] = "single",
        ["telephone"] = "138 0013 8000",
        ["email"] = email,
        ["family-count"] = "1",
        ["family-0-family_relation"] = "parent",
        ["family-0-family_name"] = "Li Hua",
        ["family-0-family_employer"] = "Beijing No. 4 Middle School",
        ["occupation"] = "Software engineer at a Tier 1 supplier",
        ["self_evaluation"] = "Careful, curious, and fond of hard real-time problems.",
        ["education-count"] = "1",
        ["education-0-school"] = "Beihang University",
        ["education-0-degree"] = "master",
        ["education-0-major"] = "Vehicle engineering",
        ["education-0-education_start"] = "2016-09-01",
        ["education-0-education_end"] = "2019-07-01",
        ["work_experience-count"] = "1",
        ["work_experience-0-employer"] = "Example Automotive",
        ["work_experience-0-position"] = "Software engineer",
        ["work_experience-0-work_start"] = "2019-08-01",
        ["work_experience-0-work_end"] = "",
        ["work_experience-0-work_duties"] = "Brake controller software.",
        ["project_experience-count"] = "1",
        ["project_experience-0-project_name"] = "Electronic parking brake",
        ["project_experience-0-project_role"] = "Lead developer",
        ["project_experience-0-project_start"] = "2020-01-01",
        ["project_experience-0-project_end"] = "2021-06-30",
        ["project_experience-0-project_description"] = "Took the EPB software from concept to production.",
        ["languages"] = "English (CET-6)",
        ["computer_skills"] = "C, Python, MATLAB/Simulink",
        ["professional_skills"] = "ISO 26262 functional safety",
        ["consent"] = "recruitment.talent_pool",
        ["acknowledge"] = "yes",
    };

    public sealed record Counts(int Subjects, int Fields, int Applications, int Consents);

    /// <summary>How much is stored: vault subjects and fields, applications, consent records.</summary>
    public static async Task<Counts> CountAsync(StewardServer server)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StewardDb>();
        return new Counts(await db.Set<DataSubject>().CountAsync(), await db.Set<VaultField>().CountAsync(),
            await db.Set<JobApplication>().CountAsync(), await db.Set<ConsentRecord>().CountAsync());
    }

    public static async Task<List<JobApplication>> ApplicationsAsync(StewardServer server, Guid postingId)
    {
        using var scope = server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<StewardDb>().Set<JobApplication>().AsNoTracking().Where(a => a.PostingId == postingId).ToListAsync();
    }

    /// <summary>The applicant's stored fields, read as Steward itself would: through the gate for recruitment.</summary>
    public static async Task<Dictionary<(string Category, string Name), string>> VaultOfAsync(StewardServer server, Guid subjectId)
    {
        using var scope = server.Services.CreateScope();
        var gate = scope.ServiceProvider.GetRequiredService<GateService>();
        var outcome = await gate.DecideAsync(new DecisionRequest(ActorRef.Steward("test"), subjectId, ["identity", "contact", "application"], "recruitment"));
        Assert.True(outcome.Decision.Allowed, outcome.Decision.Reason);
        var values = await scope.ServiceProvider.GetRequiredService<VaultReader>().ReadAsync(outcome.Grant!, subjectId);
        return values.ToDictionary(v => (v.Category, v.Name), v => v.Value);
    }

    public static async Task<List<ConsentRecord>> ConsentsOfAsync(StewardServer server, Guid subjectId)
    {
        using var scope = server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<StewardDb>().Set<ConsentRecord>().AsNoTracking().Where(c => c.SubjectId == subjectId).ToListAsync();
    }

    public static string CurrentNoticeVersion(StewardServer server, string site = Site)
    {
        using var scope = server.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<NoticePublisher>().CurrentVersionOf(site)!;
    }
}
