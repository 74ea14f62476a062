using System.Threading.Channels;
using MimeKit;

namespace Steward.Core.Requests;

/// <summary>The public form's code emails, handed over instead of sent inside the request: the form
/// answers at once whether or not the address is on file, so the time it takes reveals nothing (P6.2).
/// A background sender delivers them. Held in memory only, since each holds an address: a code lost in
/// a restart is asked for again, and it expires in minutes anyway.</summary>
public sealed class IntakeMail
{
    private readonly Channel<MimeMessage> _queue = Channel.CreateBounded<MimeMessage>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>Queues the message; false when the queue is full (the person asks for a code again).</summary>
    public bool TryQueue(MimeMessage message) => _queue.Writer.TryWrite(message);

    public ChannelReader<MimeMessage> Reader => _queue.Reader;
}
