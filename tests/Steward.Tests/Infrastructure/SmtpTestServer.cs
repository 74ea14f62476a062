using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Steward.Tests.Infrastructure;

/// <summary>A real SMTP server inside the test process, on a free loopback port: Steward sends to it
/// over the wire with MailKit, and tests read what arrived, parsed by MimeKit.</summary>
internal sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly Inbox _inbox = new();

    public int Port { get; }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages => [.. _inbox.Received];

    private SmtpTestServer()
    {
        Port = FreeLoopbackPort();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_inbox);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public static SmtpTestServer Start() => new();

    /// <summary>Settings that point Steward's email at this server.</summary>
    public Dictionary<string, string?> Settings(string from = "privacy@steward.test") => new()
    {
        ["Steward:Email:Delivery"] = "Smtp",
        ["Steward:Email:Host"] = "127.0.0.1",
        ["Steward:Email:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Steward:Email:Security"] = "None",
        ["Steward:Email:From"] = from,
    };

    /// <summary>Waits for the first message (received before or after the call) to the given address
    /// that matches; fails the test after <paramref name="timeout"/> (10 s by default).</summary>
    public async Task<MimeMessage> WaitForAsync(string to, Func<MimeMessage, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var found = _inbox.Received.FirstOrDefault(m =>
                m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase)) && (match?.Invoke(m) ?? true));
            if (found is not null) return found;
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No message to {to} arrived; received: {string.Join("; ", _inbox.Received.Select(m => $"{m.To} '{m.Subject}'"))}");
            }
            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try { await _running; } catch (OperationCanceledException) { }
        _stop.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Inbox : MessageStore
    {
        public ConcurrentQueue<MimeMessage> Received { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
