namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// Where encrypted blobs live. It only ever sees ciphertext. Behind an interface so object stores (S3,
/// Azure Blob) can take the filesystem's place.
/// </summary>
internal interface IBlobStore
{
    /// <summary>A new blob, invisible until committed; disposing an uncommitted one deletes it.</summary>
    PendingBlob Create();

    Stream OpenRead(string name);

    void Delete(string name);

    bool Exists(string name);

    /// <summary>Every committed blob with the time it was written (temp blobs and scratch files are not listed).</summary>
    IEnumerable<StoredBlob> List();

    /// <summary>
    /// A local read/write scratch file for work in progress (a zip being unpacked), never a blob: it is
    /// deleted when closed, and swept at start-up like temp blobs if a crash left it.
    /// </summary>
    FileStream CreateScratch();
}
