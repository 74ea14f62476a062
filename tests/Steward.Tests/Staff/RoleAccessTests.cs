using System.Net;
using static Steward.Tests.Staff.ConsoleBrowser;

namespace Steward.Tests.Staff;

/// <summary>Staff see only what their roles allow: purposes from the catalogue, administration only for administrators.</summary>
public sealed class RoleAccessTests
{
    [Fact]
    public async Task An_invited_recruiter_enrols_sees_only_recruitment_and_cannot_open_staff_or_key_pages()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var link = await StaffSite.InviteAsync(administrator, "recruiter@example.org", "recruiter");

        var invited = await site.CreateAccountAsync(link, "recruiter@example.org");
        Assert.Equal("/console/two-factor", invited.LastPage.Path); // the recruiter role requires two factors
        var recruiter = await invited.EnrolAsync();

        var home = await recruiter.Browser.GetAsync("/console");
        Assert.Contains("data-role=\"recruiter\"", home.Html);
        Assert.Contains("data-purpose=\"recruitment\"", home.Html);
        Assert.Contains("data-purpose=\"recruitment.talent_pool\"", home.Html);
        Assert.Equal(2, home.Html.Split("data-purpose=").Length - 1);
        Assert.DoesNotContain("/console/api-keys", home.Html);

        var members = await administrator.Browser.GetAsync("/console/staff");
        var recruiterId = System.Text.RegularExpressions.Regex.Match(members.Html, "<tr data-member=\"([^\"]+)\">\\s*<td>recruiter@example.org").Groups[1].Value;
        foreach (var page in new[] { "/console/api-keys", "/console/staff", $"/console/staff/{recruiterId}" })
        {
            var forbidden = await recruiter.Browser.GetAsync(page);
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
            Assert.Contains("<h1>Not allowed</h1>", forbidden.Html);
        }
        var posted = await recruiter.Browser.PostAsync("/console/api-keys", [Field("system", "x"), Field("purposes", "recruitment"), Field("__RequestVerificationToken", home.AntiforgeryToken())], handler: "Create");
        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);

        var invite = Assert.Single(site.Audit.Records, r => r.Action == "staff.invite");
        Assert.Contains("roles recruiter", invite.Reason);
        Assert.Single(site.Audit.Records, r => r.Action == "staff.join" && r.Actor == "staff:" + recruiterId);
        Assert.DoesNotContain(site.Audit.Records, r => $"{r.Actor} {r.Reason}".Contains("@example.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_marketing_member_needs_no_second_factor_and_an_administrator_can_change_roles_and_disable()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var marketer = await site.JoinAsync(await StaffSite.InviteAsync(administrator, "marketing@example.org", "marketing"), "marketing@example.org");
        Assert.Equal("/console", marketer.LastPage.Path);
        Assert.Contains("data-purpose=\"marketing.email_tracking\"", marketer.LastPage.Html);
        Assert.Contains("data-purpose=\"surveys\"", marketer.LastPage.Html);
        Assert.DoesNotContain("data-purpose=\"recruitment\"", marketer.LastPage.Html);

        var members = await administrator.Browser.GetAsync("/console/staff");
        var id = System.Text.RegularExpressions.Regex.Match(members.Html, "<tr data-member=\"([^\"]+)\">\\s*<td>marketing@example.org").Groups[1].Value;

        await administrator.Browser.SubmitAsync($"/console/staff/{id}", [Field("roles", "marketing"), Field("roles", "analyst")], handler: "Roles");
        var widened = await marketer.Browser.GetAsync("/console");
        Assert.Contains("data-purpose=\"analysis.research\"", widened.Html); // takes effect at the next request

        await administrator.Browser.SubmitAsync($"/console/staff/{id}", [Field("roles", "security")], handler: "Roles");
        Assert.Equal("/console/two-factor", (await marketer.Browser.GetAsync("/console")).Path); // security requires two factors

        var disabled = await administrator.Browser.SubmitAsync($"/console/staff/{id}", [], handler: "Disable");
        Assert.Equal("Disabled", disabled.Element("status"));
        Assert.Equal("/console/sign-in", (await marketer.Browser.GetAsync("/console/two-factor")).Path);
        var again = await site.SignInAsync("marketing@example.org", null);
        Assert.Contains("The email or the password is not right.", again.LastPage.Html);
        Assert.Contains(site.Audit.Records, r => r.Action == "staff.disable" && r.Reason == $"user {id}");
        Assert.Contains(site.Audit.Records, r => r.Action == "staff.roles" && r.Reason == $"user {id}; roles security");
    }

    [Fact]
    public async Task The_last_administrator_can_neither_disable_themselves_nor_drop_the_role()
    {
        await using var site = await StaffSite.StartAsync();
        var administrator = await site.SetUpAdministratorAsync();
        var members = await administrator.Browser.GetAsync("/console/staff");
        var id = System.Text.RegularExpressions.Regex.Match(members.Html, "<tr data-member=\"([^\"]+)\">").Groups[1].Value;

        var disable = await administrator.Browser.SubmitAsync($"/console/staff/{id}", [], handler: "Disable");
        Assert.Contains("You cannot disable your own account.", disable.Html);
        var drop = await administrator.Browser.SubmitAsync($"/console/staff/{id}", [Field("roles", "auditor")], handler: "Roles");
        Assert.Contains("Steward must keep at least one active administrator.", drop.Html);
        Assert.Equal(HttpStatusCode.OK, (await administrator.Browser.GetAsync("/console/staff")).Status);
    }
}
