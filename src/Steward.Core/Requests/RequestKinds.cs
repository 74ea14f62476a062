namespace Steward.Core.Requests;

/// <summary>What a person asks for (P6.1, P6.5, P2.7, P5.4, P11.1).</summary>
public enum RequestKind
{
    Access,
    Portability,
    Correction,
    Restriction,
    Objection,
    Erasure,
    Withdrawal,
    Migration,
    Deregistration,
    Contact,
}

/// <summary>How the request reached the privacy team.</summary>
public enum RequestChannel { PrivacyCenter, PublicForm, Email, Post, StaffEntry }

/// <summary>Where a case stands. <see cref="CaseStates.Next"/> says which moves are allowed.</summary>
public enum CaseState
{
    /// <summary>Verified and waiting for staff (or for the worker to start).</summary>
    Open,
    /// <summary>Staff asked for a written request or more proof of identity (P6.2).</summary>
    AwaitingProof,
    /// <summary>Fulfilment steps are running; <see cref="RightsCase.Step"/> says which is next.</summary>
    Processing,
    Completed,
    Declined,
}

/// <summary>Why a request is declined (P6.4).</summary>
public enum DeclineReason { Fraudulent, Unfeasible, JeopardisesOthers }

/// <summary>Why the deadline is extended where the law allows it.</summary>
public enum ExtensionReason { Complexity, NumberOfRequests }

/// <summary>The fulfilment steps, in order; each is persisted before the next begins.</summary>
public enum FulfilmentStep { Apply, Notify, Transfer, Reply, Done }

public static class CaseStates
{
    /// <summary>The moves the state machine allows.</summary>
    public static bool MayMove(CaseState from, CaseState to) => (from, to) switch
    {
        (CaseState.Open, CaseState.AwaitingProof or CaseState.Processing or CaseState.Declined or CaseState.Completed) => true,
        (CaseState.AwaitingProof, CaseState.Open or CaseState.Declined) => true,
        (CaseState.Processing, CaseState.Completed) => true,
        _ => false,
    };

    public static bool IsClosed(this CaseState state) => state is CaseState.Completed or CaseState.Declined;

    /// <summary>Kinds Steward carries out by itself once the person is verified.</summary>
    public static bool SelfService(this RequestKind kind) => kind != RequestKind.Contact;

    /// <summary>Kinds that need a purpose (restriction, objection, withdrawal of consent).</summary>
    public static bool NeedsPurpose(this RequestKind kind) => kind is RequestKind.Restriction or RequestKind.Objection or RequestKind.Withdrawal;
}
