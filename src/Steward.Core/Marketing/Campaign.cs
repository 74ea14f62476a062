using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Marketing;

/// <summary>A marketing email written in the Console, for one topic (a consent purpose such as
/// <c>marketing.interest_news</c>): it goes only to people with a live consent for that topic (P2.4, P2.8).</summary>
public sealed class Campaign
{
    public long Id { get; set; }
    public required string Topic { get; set; }
    public required string Language { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    /// <summary>The page the message links to; with tracking consent the link goes through a click-through redirect.</summary>
    public string? Link { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the Console last asked for it to be sent; the background sender picks up queued, unfinished campaigns.</summary>
    public DateTimeOffset? QueuedAt { get; set; }
    /// <summary>When the sender found nobody left waiting after the last queueing.</summary>
    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>One recipient of a campaign. Claimed before the message is handed to the mail server and
/// marked sent after, so a crash in between never sends the same person the message twice: a claimed
/// row that was never marked becomes <see cref="DeliveryState.Interrupted"/> on resume and is not sent
/// again (at most once).</summary>
public sealed class CampaignDelivery
{
    public long Id { get; set; }
    public long CampaignId { get; set; }
    public Guid SubjectId { get; set; }
    /// <summary>SHA-256 (hex) of the unguessable token in the message's unsubscribe, pixel and click links.</summary>
    public required string TokenHash { get; set; }
    public DeliveryState State { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    /// <summary>Whether the message carried the open pixel and click-through link (tracking consent, P3.3).</summary>
    public bool Tracked { get; set; }
    public DateTimeOffset? OpenedAt { get; set; }
    public DateTimeOffset? ClickedAt { get; set; }
}

public enum DeliveryState
{
    Pending,
    /// <summary>Being handed to the mail server right now.</summary>
    Claimed,
    Sent,
    Skipped,
    /// <summary>Claimed by a sender that stopped before it recorded the outcome. Never sent again
    /// automatically: SMTP cannot tell us whether the message was delivered before the process died,
    /// and a duplicate would break the at-most-once promise; staff see the count instead.</summary>
    Interrupted,
}

/// <summary>Someone who refused marketing email: never sent another campaign (P2.8).</summary>
public sealed class Suppression
{
    public Guid SubjectId { get; set; }
    public DateTimeOffset Since { get; set; }
    public required string Reason { get; set; }
}

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("marketing_campaigns");
        builder.Property(c => c.Topic).HasMaxLength(200);
        builder.Property(c => c.Language).HasMaxLength(20);
        builder.Property(c => c.Subject).HasMaxLength(300);
        builder.Property(c => c.Body).HasMaxLength(20_000);
        builder.Property(c => c.Link).HasMaxLength(2000);
        builder.Property(c => c.CreatedBy).HasMaxLength(200);
    }
}

internal sealed class CampaignDeliveryConfiguration : IEntityTypeConfiguration<CampaignDelivery>
{
    public void Configure(EntityTypeBuilder<CampaignDelivery> builder)
    {
        builder.ToTable("marketing_deliveries");
        builder.Property(d => d.TokenHash).HasMaxLength(64);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(d => new { d.CampaignId, d.SubjectId }).IsUnique();
        builder.HasIndex(d => d.TokenHash).IsUnique();
        builder.HasIndex(d => new { d.CampaignId, d.State });
    }
}

internal sealed class SuppressionConfiguration : IEntityTypeConfiguration<Suppression>
{
    public void Configure(EntityTypeBuilder<Suppression> builder)
    {
        builder.ToTable("marketing_suppressions");
        builder.HasKey(s => s.SubjectId);
        builder.Property(s => s.Reason).HasMaxLength(50);
    }
}
