/**
 * A problem with the file's content, worded without the file's name:
 * readDocuments adds the name and turns it into a BAD_FILE error.
 */
export class FileProblem extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileProblem';
  }
}
