using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Steward.Core.Catalogue;
using Steward.Core.Email;
using Steward.Hosting;

namespace Steward.Email;

public static class EmailServices
{
    /// <summary>Email delivery from <c>Steward:Email</c> (a folder by default, or SMTP), the composer
    /// every feature starts its messages with, and <see cref="PublicLinks"/> for links in them.</summary>
    public static IServiceCollection AddStewardEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section))
            .Validate(o => !o.Problems().Any(), "Steward:Email has a value that cannot work.")
            .ValidateOnStart();
        var dataFolder = configuration["Steward:DataFolder"] is { Length: > 0 } folder ? folder : "data";
        services.AddSingleton<IEmailSender>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmailOptions>>().Value;
            return options.Delivery == EmailDelivery.Smtp
                ? new SmtpEmailSender(options)
                : new FolderEmailSender(Path.GetFullPath(options.Folder is { Length: > 0 } f ? f : Path.Combine(dataFolder, "mail")), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp => new EmailComposer(
            sp.GetRequiredService<IOptions<EmailOptions>>().Value,
            sp.GetRequiredService<LoadedCatalogue>().Policy.Organisation.Name.In("en")));
        services.AddSingleton<PublicLinks>();
        return services;
    }
}

/// <summary>Absolute links to Steward's own pages, for email and webhooks: <c>Steward:Email:PublicAddress</c>
/// when set, otherwise the first address Steward listens on.</summary>
public sealed class PublicLinks(IOptions<EmailOptions> options, IServer server)
{
    public Uri Base
    {
        get
        {
            if (options.Value.PublicAddress is { Length: > 0 } configured) return new Uri(configured.TrimEnd('/') + "/");
            var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? StewardApp.DefaultUrls;
            return new Uri(listening.TrimEnd('/') + "/");
        }
    }

    /// <summary>The absolute address of a path such as <c>/account/confirm?token=...</c>.</summary>
    public Uri To(string pathAndQuery) => new(Base, pathAndQuery.TrimStart('/'));
}
