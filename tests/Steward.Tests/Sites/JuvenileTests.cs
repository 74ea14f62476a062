using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Collection;
using Steward.Core.Gate;
using Steward.Core.Storage;
using Steward.Sites;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Sites;

/// <summary>Juveniles (P7.1, P7.3): the year of birth against the site's region decides; the account
/// waits, unusable, for a guardian's emailed confirmation; unconfirmed data is erased after the wait,
/// and staff can erase at once data collected from a juvenile without consent.</summary>
public sealed class JuvenileTests
{
    private static string ChildYear => (DateTime.UtcNow.Year - 10).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_juveniles_account_is_unusable_until_the_guardian_confirms_through_the_emailed_link()
    {
        await using var site = await SiteServer.StartAsync();
        using var child = site.Visitor();
        using var parent = site.Visitor();

        var done = await child.SubmitAsync("/sites/corporate/register?lang=zh-CN", AccountTests.Registration("kid@example.cn", ChildYear, guardian: "parent@example.cn"));
        Assert.Contains(SiteText.Zh.JuvenileDoneText(7), done.Html, StringComparison.Ordinal);
        var subject = await Stored.SubjectByEmailAsync(site.Server, "kid@example.cn");
        Assert.Equal("juvenile", (await Stored.SubjectAsync(site.Server, subject))!.Kind);
        Assert.Empty(await Stored.ConsentsAsync(site.Server, subject)); // a juvenile's own consent does not count

        await child.GetAsync(AccountTests.PathOf(await site.Smtp.WaitForAsync("kid@example.cn")));
        var refused = await child.SubmitAsync("/account/sign-in", [Field("email", "kid@example.cn"), Field("password", AccountTests.Password)]);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.Status);

        var letter = await site.Smtp.WaitForAsync("parent@example.cn");
        Assert.Equal(SiteText.Zh.GuardianSubject, letter.Subject);
        var link = AccountTests.PathOf(letter);
        var ask = await parent.GetAsync(link);
        Assert.Contains(SiteText.Zh.GuardianText("经纬恒润官方网站", 14), ask.Html, StringComparison.Ordinal);
        var agreed = await parent.SubmitAsync(link, []);
        Assert.Contains(SiteText.Zh.GuardianDoneText, agreed.Html, StringComparison.Ordinal);
        Assert.True(site.Server.Services.GetRequiredService<SubjectStateStore>().Find(subject)!.GuardianConsent);
        Assert.Equal(HttpStatusCode.NotFound, (await parent.GetAsync(link)).Status);

        var signedIn = await child.SubmitAsync("/account/sign-in", [Field("email", "kid@example.cn"), Field("password", AccountTests.Password)]);
        Assert.Equal("/account", signedIn.Path);
    }

    [Fact]
    public async Task The_same_year_of_birth_is_a_juvenile_in_the_eu_but_not_in_mainland_china()
    {
        // On 1 June 2026, someone born in 2010 may still be 15: a juvenile below 16, not below 14.
        await using var site = await SiteServer.StartAsync(clock: new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero)));
        using var visitor = site.Visitor();
        const string fifteen = "2010";

        var eu = await visitor.SubmitAsync("/sites/europe/register", AccountTests.Registration("eu.teen@example.de", fifteen));
        var cn = await visitor.SubmitAsync("/sites/corporate/register", AccountTests.Registration("cn.teen@example.cn", fifteen));

        Assert.Equal(SiteText.En.GuardianNeeded(16), eu.Element("f-guardian_email-error"));
        Assert.Contains(SiteText.En.RegisterDoneText, cn.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(SiteText.En.JuvenileDoneText(7), cn.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_registration_no_guardian_confirms_is_erased_by_the_sweep_after_the_wait()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var site = await SiteServer.StartAsync(clock: clock);
        using var child = site.Visitor();
        await child.SubmitAsync("/sites/corporate/register", AccountTests.Registration("late@example.cn", ChildYear, guardian: "late.parent@example.cn"));
        var subject = await Stored.SubjectByEmailAsync(site.Server, "late@example.cn");
        var guardian = await Stored.SubjectByEmailAsync(site.Server, "late.parent@example.cn");
        var link = AccountTests.PathOf(await site.Smtp.WaitForAsync("late.parent@example.cn"));

        clock.Advance(TimeSpan.FromDays(6));
        await Task.Delay(300);
        Assert.Null((await Stored.SubjectAsync(site.Server, subject))!.ErasedAt);

        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));
        for (var i = 0; i < 200 && !await SweptAsync(site, subject); i++) await Task.Delay(100);
        await using (var scope = site.Server.Services.CreateAsyncScope())
        {
            var direct = await scope.ServiceProvider.GetRequiredService<GuardianConsents>().SweepAsync();
            Assert.True(direct == 0, $"the sweep had not run: it erased {direct} now");
        }

        Assert.NotNull((await Stored.SubjectAsync(site.Server, subject))!.ErasedAt);
        Assert.NotNull((await Stored.SubjectAsync(site.Server, guardian))!.ErasedAt);
        Assert.Equal(HttpStatusCode.NotFound, (await child.GetAsync(link)).Status);
    }

    private static async Task<bool> SweptAsync(SiteServer site, Guid juvenile)
    {
        await using var scope = site.Server.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StewardDb>().Set<PendingGuardianConsent>().AnyAsync(p => p.JuvenileId == juvenile && p.ErasedAt != null);
    }

    [Fact]
    public async Task Staff_marking_data_as_a_juveniles_without_consent_erases_it_at_once_and_is_audited()
    {
        await using var site = await SiteServer.StartAsync();
        using var child = site.Visitor();
        await child.SubmitAsync("/sites/corporate/register", AccountTests.Registration("quiet@example.cn", ChildYear, guardian: "quiet.parent@example.cn"));
        var subject = await Stored.SubjectByEmailAsync(site.Server, "quiet@example.cn");

        await using (var scope = site.Server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<GuardianConsents>().EraseCollectedWithoutConsentAsync(subject, ActorRef.Staff("officer-1", "privacy_officer"));
        }

        Assert.NotNull((await Stored.SubjectAsync(site.Server, subject))!.ErasedAt);
        await using var check = site.Server.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<StewardDb>();
        var actions = await db.Set<Steward.Core.Audit.AuditEntry>().Where(e => e.SubjectId == subject).Select(e => e.Actor + " " + e.Action).ToListAsync();
        Assert.Contains("staff:officer-1 juvenile.without_consent", actions);
        Assert.Contains("staff:officer-1 vault.erase", actions);
    }
}
