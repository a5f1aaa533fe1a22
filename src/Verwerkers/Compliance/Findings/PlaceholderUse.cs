using System.Collections.Generic;

namespace Verwerkers.Compliance;

/// <summary>Which placeholders a code's message and next step use: read once from messages.json, never changed.</summary>
internal sealed class PlaceholderUse
{
    public PlaceholderUse(ICollection<string> keys)
    {
        Days = keys.Contains("days");
        Until = keys.Contains("until");
        Items = keys.Contains("items");
        Mechanism = keys.Contains("mechanism");
        Basis = keys.Contains("basis") || keys.Contains("decision");
        Module = keys.Contains("module");
        ExpectedModule = keys.Contains("expectedModule");
        Relationship = keys.Contains("relationship");
        Scope = keys.Contains("scope");
        Listed = keys.Contains("listed");
        CheckedOn = keys.Contains("checkedOn");
        SignedOn = keys.Contains("signedOn");
        ChangedOn = keys.Contains("changedOn");
        Signing = keys.Contains("signing");
        NotifiedOn = keys.Contains("notifiedOn");
        Deadline = keys.Contains("deadline");
        Renewals = keys.Contains("renewals");
        Authorisation = keys.Contains("authorisation");
        ProcessingSince = keys.Contains("processingSince");
        Document = keys.Contains("document");

        Note = keys.Contains("note");
        Ground = keys.Contains("ground") || keys.Contains("conditions");
        Roles = keys.Contains("roles");
        TiaDate = keys.Contains("tiaDate");
        Months = keys.Contains("months");
        Developments = keys.Contains("developments");
    }

    public bool Days { get; }

    /// <summary>Gets whether <c>{until}</c> is used (end date, open end or tacit renewal).</summary>
    public bool Until { get; }

    public bool Items { get; }

    public bool Mechanism { get; }

    /// <summary>Gets whether <c>{basis}</c> or <c>{decision}</c> is used.</summary>
    public bool Basis { get; }

    public bool Module { get; }

    public bool ExpectedModule { get; }

    public bool Relationship { get; }

    public bool Scope { get; }

    public bool Listed { get; }

    public bool CheckedOn { get; }

    public bool SignedOn { get; }

    public bool ChangedOn { get; }

    /// <summary>Gets whether <c>{signing}</c> (the signing date is unknown) is used.</summary>
    public bool Signing { get; }

    public bool NotifiedOn { get; }

    public bool Deadline { get; }

    public bool Renewals { get; }

    public bool Authorisation { get; }

    public bool ProcessingSince { get; }

    public bool Document { get; }

    /// <summary>Gets whether <c>{note}</c> (a fragment chosen by the checks) is used.</summary>
    public bool Note { get; }

    /// <summary>Gets whether <c>{ground}</c> or <c>{conditions}</c> (the Art. 49 ground) is used.</summary>
    public bool Ground { get; }

    public bool Roles { get; }

    public bool TiaDate { get; }

    public bool Months { get; }

    public bool Developments { get; }
}
