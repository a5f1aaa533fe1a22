namespace Verwerkers.Storage.Csv;

/// <summary>Who owns a field of an existing processor when a supplier list is imported again: the supplier list
/// (the ERP) or the register (the consultant who curates it).</summary>
public enum CsvFieldOwner
{
    /// <summary>The supplier list owns the field: its value replaces the register's (the default for mapped fields
    /// unless the mapping is fill-only). Typical for the KvK number and the address the ERP keeps.</summary>
    SupplierList = 0,

    /// <summary>The register owns the field: the supplier list only fills it while the register has no value, and
    /// never overwrites what the consultant recorded. Typical for services, purposes and contacts.</summary>
    Register,
}
