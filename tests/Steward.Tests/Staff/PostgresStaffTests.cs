using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Steward.Core.Staff;
using Steward.Tests.Infrastructure;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Staff;

/// <summary>The same staff flow on PostgreSQL, the production store, as on the embedded SQLite.</summary>
public sealed class PostgresStaffTests
{
    [Fact]
    public async Task Set_up_invitation_lockout_and_api_keys_work_on_postgres()
    {
        var postgres = await PostgresServer.Shared;
        await using var site = await StaffSite.StartAsync(postgres: await postgres.CreateDatabaseAsync());
        var administrator = await site.SetUpAdministratorAsync();

        var auditor = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "auditor@example.org", "auditor"), "auditor@example.org");
        Assert.Contains("data-purpose=\"analysis.audit\"", auditor.LastPage.Html);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.Browser.GetAsync("/console/staff")).Status);

        using var attacker = site.Browser();
        for (var i = 0; i < 5; i++) await attacker.SubmitAsync("/console/sign-in", [Field("email", "auditor@example.org"), Field("password", "wrong")]);
        Assert.Contains("This account is locked", (await site.SignInAsync("auditor@example.org", auditor.AuthenticatorKey)).LastPage.Html);

        var created = await administrator.Browser.SubmitAsync("/console/api-keys", [Field("system", "crm"), Field("purposes", "customer_service"), Field("purposes", "account")], handler: "Create");
        var client = await site.Server.Services.GetRequiredService<ApiKeyValidator>().ValidateAsync(created.Element("new-key"));
        Assert.Equal(["account", "customer_service"], client?.Purposes); // in catalogue order
    }
}
