using NodaTime;
using Verwerkers.Register;

namespace Verwerkers.Compliance;

/// <summary>The result of judging one basis (claimed, fallback or objective) for a transfer on a date.</summary>
/// <remarks>
/// Filled in while it is judged, then never changed: findings keep a reference to it and read its details when their
/// message is formatted, and objective outcomes are shared between transfers.
/// </remarks>
internal sealed class Outcome
{
    // Small fields are packed (outcomes are kept by the findings of large reports): enums as bytes (0 = none for the
    // optional ones), optional dates as a date plus a bit in _dates.
    private TransferBasis? _basis;
    private ushort _code;
    private byte _rank;
    private byte _mechanism;
    private byte _origin;
    private byte _meaning;
    private byte _module;
    private byte _expectedModule;
    private byte _relationship;
    private byte _dates;
    private LocalDate _date;
    private LocalDate _checkedOn;
    private LocalDate _signedOn;
    private LocalDate _changedOn;
    private LocalDate _until;

    public FindingCode Code
    {
        get => (FindingCode)_code;
        set => _code = (ushort)value;
    }

    /// <summary>Whether the basis covers the transfer (possibly with a needs-attention code).</summary>
    public bool Valid { get; set; }

    /// <summary>Lower is better: 0 adequacy/DPF, 1 adequacy with unknown scope, 2 Art. 46 tools, 3 grandfathered old SCCs, 4 Art. 49.</summary>
    public int Rank
    {
        get => _rank;
        set => _rank = (byte)value;
    }

    public bool Art46 { get; set; }

    public TransferMechanismKind Mechanism
    {
        get => (TransferMechanismKind)_mechanism;
        set => _mechanism = (byte)value;
    }

    public string ReferenceId { get; set; } = string.Empty;

    public BasisOrigin Origin
    {
        get => (BasisOrigin)_origin;
        set => _origin = (byte)value;
    }

    public LocalDate? Date
    {
        get => (_dates & (1 << 0)) != 0 ? _date : null;
        set
        {
            _date = value.GetValueOrDefault();
            _dates = (byte)(value.HasValue ? _dates | (1 << 0) : _dates & ~(1 << 0));
        }
    }

    public DateMeaning? Meaning
    {
        get => _meaning == 0 ? null : (DateMeaning)(_meaning - 1);
        set => _meaning = value is { } v ? (byte)((int)v + 1) : (byte)0;
    }

    public LegalReference[] Refs { get; set; } = System.Array.Empty<LegalReference>();

    public BasisText Basis { get; set; } = BasisText.None;

    public AdequacyDecision? Decision { get; set; }

    public MechanismRule? Rule { get; set; }

    public SccModule? Module
    {
        get => _module == 0 ? null : (SccModule)(_module - 1);
        set => _module = value is { } v ? (byte)((int)v + 1) : (byte)0;
    }

    public SccModule? ExpectedModule
    {
        get => _expectedModule == 0 ? null : (SccModule)(_expectedModule - 1);
        set => _expectedModule = value is { } v ? (byte)((int)v + 1) : (byte)0;
    }

    public TransferRelationship? Relationship
    {
        get => _relationship == 0 ? null : (TransferRelationship)(_relationship - 1);
        set => _relationship = value is { } v ? (byte)((int)v + 1) : (byte)0;
    }

    public LocalizedText? Scope { get; set; }

    public string? Listed { get; set; }

    public LocalDate? CheckedOn
    {
        get => (_dates & (1 << 1)) != 0 ? _checkedOn : null;
        set
        {
            _checkedOn = value.GetValueOrDefault();
            _dates = (byte)(value.HasValue ? _dates | (1 << 1) : _dates & ~(1 << 1));
        }
    }

    public LocalDate? SignedOn
    {
        get => (_dates & (1 << 2)) != 0 ? _signedOn : null;
        set
        {
            _signedOn = value.GetValueOrDefault();
            _dates = (byte)(value.HasValue ? _dates | (1 << 2) : _dates & ~(1 << 2));
        }
    }

    public LocalDate? ChangedOn
    {
        get => (_dates & (1 << 3)) != 0 ? _changedOn : null;
        set
        {
            _changedOn = value.GetValueOrDefault();
            _dates = (byte)(value.HasValue ? _dates | (1 << 3) : _dates & ~(1 << 3));
        }
    }

    public LocalDate? Until
    {
        get => (_dates & (1 << 4)) != 0 ? _until : null;
        set
        {
            _until = value.GetValueOrDefault();
            _dates = (byte)(value.HasValue ? _dates | (1 << 4) : _dates & ~(1 << 4));
        }
    }

    public bool SigningDateUnknown { get; set; }

    public TransferBasis ToBasis() => _basis ??= new(ReferenceId, Mechanism, Origin);
}
