using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Steward.Core.Email;
using Steward.Tests.Infrastructure;

namespace Steward.Tests.Email;

public sealed class EmailDeliveryTests
{
    [Fact]
    public async Task Smtp_Delivery_Reaches_A_Real_Smtp_Server_With_Subject_Body_And_Sender()
    {
        await using var smtp = SmtpTestServer.Start();
        await using var server = await StewardServer.StartAsync(settings: smtp.Settings());
        var composer = server.Services.GetRequiredService<EmailComposer>();
        var sender = server.Services.GetRequiredService<IEmailSender>();

        await sender.SendAsync(composer.Compose("ada@example.com", "Confirm your address / 确认邮箱", "Hello 你好", language: "zh-CN"));

        var received = await smtp.WaitForAsync("ada@example.com");
        Assert.Equal("Confirm your address / 确认邮箱", received.Subject);
        Assert.Contains("Hello 你好", received.TextBody, StringComparison.Ordinal);
        Assert.Equal("privacy@steward.test", received.From.Mailboxes.Single().Address);
        Assert.Equal("zh-CN", received.Body?.Headers[HeaderId.ContentLanguage]);
    }

    [Fact]
    public async Task The_Embedded_Default_Writes_Each_Message_To_The_Mail_Folder()
    {
        await using var server = await StewardServer.StartAsync();
        var composer = server.Services.GetRequiredService<EmailComposer>();
        var sender = Assert.IsType<FolderEmailSender>(server.Services.GetRequiredService<IEmailSender>());

        await sender.SendAsync(composer.Compose("grace@example.com", "Welcome", "Body text"));

        var file = Assert.Single(Directory.GetFiles(sender.Folder, "*.eml"));
        var message = await MimeMessage.LoadAsync(file);
        Assert.Equal("Welcome", message.Subject);
        Assert.Equal("grace@example.com", message.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Smtp_Delivery_Without_A_Host_Stops_Start_Up_With_The_Reason()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => StewardServer.StartAsync(settings: new Dictionary<string, string?> { ["Steward:Email:Delivery"] = "Smtp" }));
        Assert.Contains("Steward:Email", failure.Message, StringComparison.Ordinal);
    }
}
