using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Steward.Core.Breaches;
using Steward.Core.Catalogue;
using Steward.Core.Gate;
using Steward.Core.Vault;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Breaches;

/// <summary>The breach register on its 72-hour clock (P5.6), in a running Steward with a fake clock
/// and a real SMTP server: register, phases, risk, people affected by region and category, the draft
/// to the authority, reminders at 24, 48 and 60 hours, the reason when late, people told, closure.</summary>
public sealed class BreachTests : IAsyncLifetime
{
    private static readonly ActorRef Officer = ActorRef.Staff("po-1", "privacy_officer");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    private SmtpTestServer _smtp = null!;
    private StewardServer _server = null!;

    public async Task InitializeAsync()
    {
        _smtp = SmtpTestServer.Start();
        var settings = _smtp.Settings();
        settings["Steward:Breaches:NotifyTo"] = "dpo@steward.test";
        settings["Steward:Breaches:CheckEvery"] = "00:01:00";
        _server = await StewardServer.StartAsync(settings: settings, services: s => s.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _smtp.DisposeAsync();
    }

    private async Task<T> InScope<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _server.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<long> RegisterAsync(DateTimeOffset aware) => InScope(sp => sp.GetRequiredService<BreachRegister>()
        .RegisterAsync(Officer, "Lost laptop with a CRM export", aware, "An unencrypted laptop holding a CRM export was stolen from a car.", ["contact", "identity.name"]));

    [Fact]
    public async Task A_high_risk_breach_counts_who_is_affected_drafts_the_notification_and_tells_each_person()
    {
        var (eu1, eu2, cn1) = await InScope(async sp =>
        {
            var vault = sp.GetRequiredService<VaultWriter>();
            var a = await vault.CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "ana@example.eu"), new VaultValue("identity.name", "Ana")], Officer);
            var b = await vault.CreateSubjectAsync("account_holder", [new VaultValue("contact.email", "ben@example.eu")], Officer);
            var c = await vault.CreateSubjectAsync("account_holder", [new VaultValue("contact.telephone", "+8613800138000")], Officer);
            return (a, b, c);
        });
        var id = await RegisterAsync(_clock.GetUtcNow());
        await InScope(async sp =>
        {
            var register = sp.GetRequiredService<BreachRegister>();
            await register.AddAffectedAsync(Officer, id, [eu1, eu2], "eu");
            await register.AddAffectedAsync(Officer, id, [cn1], "cn");
            await register.AddUpdateAsync(Officer, id, "The laptop's disk was not encrypted; the export held 3 records.");
            await register.AssessAsync(Officer, id, BreachRisk.HighRisk, "Names and addresses in clear", "Phishing aimed at the people concerned",
                "Passwords reset; the CRM export feature disabled", "Be wary of emails asking for your password");
            return true;
        });

        var (impact, draftEn, draftZh) = await InScope(async sp =>
        {
            var register = sp.GetRequiredService<BreachRegister>();
            var breach = (await register.FindAsync(id))!;
            var impact = await register.ImpactAsync(id);
            var deadline = await register.DeadlineAsync(breach);
            var policy = sp.GetRequiredService<LoadedCatalogue>().Policy;
            return (impact, BreachDraft.Compose(policy, breach, impact, deadline, "en"), BreachDraft.Compose(policy, breach, impact, deadline, "zh-CN"));
        });

        Assert.Equal(3, impact.People);
        Assert.Equal(2, impact.PeopleByRegion["eu"]);
        Assert.Equal(1, impact.PeopleByRegion["cn"]);
        Assert.Equal(2, impact.PeopleByCategory["contact.email"]);
        Assert.Equal(1, impact.PeopleByCategory["contact.telephone"]);
        Assert.Equal(1, impact.PeopleByCategory["identity.name"]);
        foreach (var part in new[] { "GDPR art. 33(3)(a)", "GDPR art. 33(3)(b)", "GDPR art. 33(3)(c)", "GDPR art. 33(3)(d)", "PIPL art. 57(3)", "Phishing aimed", "GDPR art. 33(4)", "2026-06-04 09:00 UTC" })
            Assert.Contains(part, draftEn, StringComparison.Ordinal);
        foreach (var part in new[] { "个人信息安全事件报告", "《个人信息保护法》第57条", "欧盟及欧洲经济区: 2", "电子邮箱地址: 2" })
            Assert.Contains(part, draftZh, StringComparison.Ordinal);
        Assert.DoesNotContain("ana@example.eu", draftEn, StringComparison.Ordinal);
        Assert.DoesNotContain("Ana", draftEn.Replace("Analysis", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var told = await InScope(sp => sp.GetRequiredService<BreachNotifier>().NotifyPeopleAsync(Officer, id));

        Assert.Equal(2, told);
        var mail = await _smtp.WaitForAsync("ana@example.eu");
        Assert.Contains("Passwords reset", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("您可以采取的措施", mail.TextBody, StringComparison.Ordinal);
        await _smtp.WaitForAsync("ben@example.eu");
    }

    [Fact]
    public async Task People_are_told_directly_only_when_the_risk_is_high()
    {
        var id = await RegisterAsync(_clock.GetUtcNow());
        await InScope(async sp =>
        {
            await sp.GetRequiredService<BreachRegister>().AssessAsync(Officer, id, BreachRisk.Risk, "Hashed passwords only", "", "", "");
            return true;
        });

        var refused = await Assert.ThrowsAsync<BreachException>(() => InScope(sp => sp.GetRequiredService<BreachNotifier>().NotifyPeopleAsync(Officer, id)));
        Assert.Equal("risk", refused.Field);
    }

    [Fact]
    public async Task Reminders_go_out_at_24_48_and_60_hours_until_the_authority_is_told()
    {
        var aware = _clock.GetUtcNow();
        var id = await RegisterAsync(aware);

        _clock.Advance(TimeSpan.FromHours(23));
        await Task.Delay(200);
        Assert.DoesNotContain(_smtp.Messages, m => (m.Subject ?? "").Contains($"Breach {id}:", StringComparison.Ordinal));

        foreach (var hours in new[] { 24, 48, 60 })
        {
            _clock.Advance(aware.AddHours(hours).AddMinutes(1) - _clock.GetUtcNow());
            var reminder = await _smtp.WaitForAsync("dpo@steward.test", m => (m.Subject ?? "").Contains($"Breach {id}: {hours} h", StringComparison.Ordinal));
            Assert.Contains("/console/breaches", reminder.TextBody, StringComparison.Ordinal);
        }

        await InScope(async sp =>
        {
            await sp.GetRequiredService<BreachRegister>().RecordAuthorityNotifiedAsync(Officer, id, null);
            return true;
        });
        Assert.Equal(3, _smtp.Messages.Count(m => (m.Subject ?? "").Contains($"Breach {id}:", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_notification_after_72_hours_needs_the_reason_and_keeps_it_and_a_breach_is_closed_once_assessed()
    {
        var id = await RegisterAsync(_clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromHours(73));

        var register = (Func<Func<BreachRegister, Task>, Task<bool>>)(step => InScope(async sp => { await step(sp.GetRequiredService<BreachRegister>()); return true; }));
        var late = await Assert.ThrowsAsync<BreachException>(() => register(r => r.RecordAuthorityNotifiedAsync(Officer, id, " ")));
        Assert.Equal("lateReason", late.Field);
        await Assert.ThrowsAsync<BreachException>(() => register(r => r.CloseAsync(Officer, id, "done")));

        await register(r => r.RecordAuthorityNotifiedAsync(Officer, id, "The scope was only confirmed by forensics on day 3."));
        await register(r => r.AssessAsync(Officer, id, BreachRisk.Unlikely, "Device recovered unopened", "", "", ""));
        await register(r => r.CloseAsync(Officer, id, "Device recovered; no access found."));

        var breach = await InScope(sp => sp.GetRequiredService<BreachRegister>().FindAsync(id));
        Assert.Equal("The scope was only confirmed by forensics on day 3.", breach!.LateReason);
        Assert.NotNull(breach.ClosedAt);
        await Assert.ThrowsAsync<BreachException>(() => register(r => r.AddUpdateAsync(Officer, id, "too late")));
    }
}
