namespace Verwerkers.Agreements;

/// <summary>A text in Dutch and English, and the one for the agreement's language.</summary>
internal readonly struct LocalisedText
{
    public LocalisedText(string nl, string en)
    {
        Nl = nl;
        En = en;
    }

    public string Nl { get; }

    public string En { get; }

    public string In(AgreementLanguage language) => language == AgreementLanguage.English ? En : Nl;
}
