using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Steward.Core.Webhooks;

/// <summary>Where one of the catalogue's recipients wants to be told of erasures and corrections,
/// with the secret its messages are signed with (Standard Webhooks: "whsec_" + base64).</summary>
public sealed class WebhookSubscription
{
    public long Id { get; set; }
    /// <summary>The catalogue recipient's id.</summary>
    public required string Recipient { get; set; }
    public required string Url { get; set; }
    public required string Secret { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public bool Active { get; set; } = true;
}

public enum DeliveryState { Pending, Delivered, Failed }

/// <summary>One event for one subscription, in the durable outbox: written in the same step as the
/// case moves on, sent by the dispatcher, retried with exponential back-off until it is delivered or
/// has failed for good. The payload holds ids only.</summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    /// <summary>The webhook-id header: the same on every retry, so a receiver can drop repeats.</summary>
    public required string MessageId { get; set; }
    public long SubscriptionId { get; set; }
    public Guid? CaseId { get; set; }
    public required string EventType { get; set; }
    public required string Payload { get; set; }
    public DeliveryState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    /// <summary>The last failure: a status code or an exception type, never a body.</summary>
    public string? LastError { get; set; }
}

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<WebhookSubscription>, IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.Property(s => s.Recipient).HasMaxLength(100);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Secret).HasMaxLength(100);
        builder.HasIndex(s => s.Recipient);
    }

    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.Property(d => d.MessageId).HasMaxLength(40);
        builder.HasIndex(d => d.MessageId).IsUnique();
        builder.Property(d => d.EventType).HasMaxLength(60);
        builder.Property(d => d.Payload).HasMaxLength(4000);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LastError).HasMaxLength(200);
        builder.HasIndex(d => new { d.State, d.NextAttemptAt });
        // One event of a kind per case and subscription, however often a step is re-run.
        builder.HasIndex(d => new { d.CaseId, d.SubscriptionId, d.EventType }).IsUnique();
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
