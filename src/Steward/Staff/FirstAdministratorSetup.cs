using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Steward.Core.Gate;
using Steward.Core.Staff;

namespace Steward.Staff;

/// <summary>At start: makes sure every catalogue role exists for Identity, and, while no
/// administrator exists, prints a one-time link that sets up the first one. Steward never has a
/// default password; a restart without an administrator prints a new link and withdraws the old.</summary>
internal sealed partial class FirstAdministratorSetup(
    IServiceProvider services, IServer server, OperatorOutput output, IOptions<StaffOptions> options, ILogger<FirstAdministratorSetup> logger)
    : IHostedLifecycleService
{
    // Runs after StartupWork (registered before it), so the schema is up to date.
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in scope.ServiceProvider.GetRequiredService<StaffPermissions>().Roles)
        {
            if (await roles.RoleExistsAsync(role.Id)) continue;
            var created = await roles.CreateAsync(new IdentityRole(role.Id));
            // Another node may have added it at the same moment.
            if (!created.Succeeded && !await roles.RoleExistsAsync(role.Id))
                throw new InvalidOperationException($"Cannot add the role '{role.Id}': {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }
    }

    /// <summary>After the server listens, so the printed link has its address.</summary>
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var permissions = scope.ServiceProvider.GetRequiredService<StaffPermissions>();
        if (permissions.AdministratorRole is not { } administrator)
        {
            LogNoAdministratorRole(logger);
            return;
        }
        if (await AnyAdministratorAsync(scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>(), permissions)) return;

        var invitations = scope.ServiceProvider.GetRequiredService<StaffInvitations>();
        await invitations.WithdrawSetupLinksAsync(cancellationToken);
        var actor = ActorRef.Steward("staff-setup");
        var issued = await invitations.IssueAsync(null, [administrator.Id], firstAdministrator: true, actor.ToString(), options.Value.SetupLinkLifetime, cancellationToken);
        await scope.ServiceProvider.GetRequiredService<StaffAudit>().RecordAsync(actor, "staff.setup_link", $"invitation {issued.Invitation.Id:n}", cancellationToken: cancellationToken);

        var link = BaseAddress() + ConsoleLinks.Setup(issued.Token);
        var until = issued.Invitation.ExpiresAt.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        await output.Writer.WriteLineAsync($"No administrator exists yet. Set up the first one with this one-time link (valid until {until}):");
        await output.Writer.WriteLineAsync($"  {link}");
        await output.Writer.FlushAsync(cancellationToken);
        LogSetupLink(logger, until, link);
    }

    private static async Task<bool> AnyAdministratorAsync(UserManager<StaffUser> users, StaffPermissions permissions)
    {
        foreach (var role in permissions.Roles.Where(r => r.Administers))
        {
            if ((await users.GetUsersInRoleAsync(role.Id)).Any(u => !u.IsDisabled && u.PasswordHash is not null)) return true;
        }
        return false;
    }

    private string BaseAddress()
    {
        if (!string.IsNullOrEmpty(options.Value.PublicUrl)) return options.Value.PublicUrl.TrimEnd('/');
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        // A wildcard listening address is not one a browser can open.
        foreach (var wildcard in new[] { "://0.0.0.0", "://[::]", "://+", "://*" })
        {
            address = address.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        }
        return address.TrimEnd('/');
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No administrator exists: the first administrator's set-up link, valid until {Until}, is {Link}")]
    private static partial void LogSetupLink(ILogger logger, string until, string link);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The catalogue has no role that administers Steward: no set-up link is printed")]
    private static partial void LogNoAdministratorRole(ILogger logger);
}
