using Microsoft.EntityFrameworkCore;
using Steward.Core.Audit;
using Steward.Core.Consent;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Core.Vault;

namespace Steward.Core.Careers;

/// <summary>Stores a checked application: a new job applicant in the vault with exactly the form's
/// values, the application row (ids only), and one consent record per consent purpose asked, each
/// naming the notice version shown and its language. The same form sent twice is one application.</summary>
public sealed class ApplicationIntake(StewardDb db, VaultWriter vault, SubjectControls controls, IAuditTrail audit, TimeProvider time)
{
    public const string SubjectKind = "job_applicant";
    private static readonly SemaphoreSlim[] Stripes = [.. Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1))];

    /// <returns>The application, and whether this call created it (false: the same form came before).</returns>
    public async Task<(JobApplication Application, bool Created)> SubmitAsync(JobPosting posting, FormOutcome form, string submissionKey,
        string noticeVersion, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentNullException.ThrowIfNull(form);
        if (!form.Valid) throw new ArgumentException("Only a checked form without problems is stored.", nameof(form));

        // Within one node a double click waits here; across nodes the unique key decides.
        var stripe = Stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(submissionKey) % Stripes.Length)];
        await stripe.WaitAsync(cancellationToken);
        try
        {
            if (await FindAsync(submissionKey, cancellationToken) is { } earlier) return (earlier, false);

            var subjectId = await vault.CreateSubjectAsync(SubjectKind, form.Values, ActorRef.Steward("careers.apply"), cancellationToken);
            var application = new JobApplication
            {
                Id = Guid.NewGuid(),
                PostingId = posting.Id,
                SubjectId = subjectId,
                SubmissionKey = submissionKey,
                SubmittedAt = time.GetUtcNow(),
                NoticeVersion = noticeVersion,
                Language = language,
                HasResume = form.Resume is { Passed: true },
            };
            try
            {
                db.Add(application);
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node stored the same form first: keep that one, and leave nothing of this one.
                db.ChangeTracker.Clear();
                await vault.EraseSubjectAsync(subjectId, ActorRef.Steward("careers.apply"), "duplicate submission", cancellationToken);
                return (await FindAsync(submissionKey, cancellationToken) ?? throw new InvalidOperationException("An application failed to store."), false);
            }

            var applicant = ActorRef.Subject(subjectId);
            try
            {
                foreach (var (purpose, given) in form.Consents)
                {
                    if (given) await controls.GiveConsentAsync(applicant, subjectId, purpose, ConsentChannel.Form, noticeVersion, language, cancellationToken);
                    else await controls.RefuseConsentAsync(applicant, subjectId, purpose, ConsentChannel.Form, noticeVersion, language, cancellationToken);
                }
            }
            catch
            {
                // Half an application is none: the row goes, and the vault forgets the applicant.
                db.ChangeTracker.Clear();
                await db.Set<JobApplication>().Where(a => a.Id == application.Id).ExecuteDeleteAsync(CancellationToken.None);
                await vault.EraseSubjectAsync(subjectId, ActorRef.Steward("careers.apply"), "application not completed", CancellationToken.None);
                throw;
            }
            await audit.AppendAsync(new AuditRecord(applicant.ToString(), "careers.apply", subjectId, "recruitment", null,
                $"application {application.Id:n}; posting {posting.Id:n}"), cancellationToken);
            return (application, true);
        }
        finally
        {
            stripe.Release();
        }
    }

    private Task<JobApplication?> FindAsync(string submissionKey, CancellationToken cancellationToken) =>
        db.Set<JobApplication>().AsNoTracking().FirstOrDefaultAsync(a => a.SubmissionKey == submissionKey, cancellationToken);
}
